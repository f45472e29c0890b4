import { pictureUrl } from '../../../shared/domain/pictures';

/** A decorative picture (the words beside it say what it is): an illustration id, a category picture or a photo. */
export function Picture({ picture, className, size }: { picture: string; className?: string; size?: number }) {
  return <img src={pictureUrl(picture)} alt="" className={className} width={size} height={size} draggable={false} />;
}
