import { Injectable } from '@nestjs/common';
import type { Page } from '@personnel/contracts';
import type { PostView } from '@personnel/contracts';
import { changesOf } from '../common/paging.dto';
import { RegistryProvider } from '../common/registry.provider';
import { toStandards, type CreatePostDto, type ListPostsQueryDto, type UpdatePostDto } from './posts.dto';

@Injectable()
export class PostsService {
  constructor(private readonly registry: RegistryProvider) {}

  private async posts() {
    return (await this.registry.get()).posts;
  }

  async list(query: ListPostsQueryDto): Promise<Page<PostView>> {
    return (await this.posts()).list(query);
  }

  async get(idOrCode: string): Promise<PostView> {
    return (await this.posts()).get(idOrCode);
  }

  async create(body: CreatePostDto): Promise<PostView> {
    return (await this.posts()).create({
      ...body,
      title: body.title.normalize('NFC').trim(),
      standards: toStandards(body.standards),
    });
  }

  async update(idOrCode: string, body: UpdatePostDto): Promise<PostView> {
    const { standards, title, ...rest } = changesOf(body);
    return (await this.posts()).update(idOrCode, body.version, {
      ...rest,
      ...(title !== undefined ? { title: title.normalize('NFC').trim() } : {}),
      ...(standards ? { standards: toStandards(standards) } : {}),
    });
  }

  async deactivate(idOrCode: string): Promise<PostView> {
    return (await this.posts()).deactivate(idOrCode);
  }
}
